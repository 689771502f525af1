package org.untoc.kg.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * The text a regular expression runs over, checking now and then whether its query was cancelled (timeout, abort)
 * or its own deadline passed. java.util.regex never looks at interrupts, and a back-tracking pattern can run for
 * minutes on a few dozen characters; reading its input through this is the one place it can be stopped.
 */
final class DeadlineChars implements CharSequence {
    /** Checked once per this many characters read: cheap, and still thousands of times a millisecond. */
    private static final int CHECK_EVERY = 4096;

    private final CharSequence text;
    private final AtomicBoolean cancelled;
    private final long deadlineNanos;
    private final int[] reads;

    DeadlineChars(CharSequence text, AtomicBoolean cancelled, long deadlineNanos) {
        this(text, cancelled, deadlineNanos, new int[1]);
    }

    private DeadlineChars(CharSequence text, AtomicBoolean cancelled, long deadlineNanos, int[] reads) {
        this.text = text;
        this.cancelled = cancelled;
        this.deadlineNanos = deadlineNanos;
        this.reads = reads;
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] >= CHECK_EVERY) {
            reads[0] = 0;
            if ((cancelled != null && cancelled.get()) || System.nanoTime() - deadlineNanos > 0
                    || Thread.currentThread().isInterrupted()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineChars(text.subSequence(start, end), cancelled, deadlineNanos, reads);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
