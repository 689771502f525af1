/** Stage 3, detect: the kind of document (act, working-group report, Secretariat paper) and what it says it is. */
package org.untoc.kg.detect;
