package org.untoc.kg.lineage;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncSimpleAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.untoc.kg.vocab.Untoc;

/**
 * {@code ?ancestor untoc:ancestorOf (<act> [depth] [verb…])} and {@code ?descendant untoc:descendantOf (<act>
 * [depth] [verb…])}: the lineage index in SPARQL. The same set as {@code <act> untoc:citesWork+ ?ancestor} (resp.
 * {@code ?descendant untoc:citesWork+ <act>}) without the act itself, within {@code depth} hops when given, over
 * edges whose strongest verb is one of the given {@code untoc:recalls}, {@code untoc:reaffirms}… when given.
 * Answered from memory instead of a property path over the store's indexes.
 */
public final class LineagePropertyFunction extends PFuncSimpleAndList {
    /** The property-function IRIs. */
    public static final String ANCESTOR_OF = Untoc.NS + "ancestorOf";
    public static final String DESCENDANT_OF = Untoc.NS + "descendantOf";

    private final LineageIndexes indexes;
    private final LineageIndex.Direction direction;

    private LineagePropertyFunction(LineageIndexes indexes, LineageIndex.Direction direction) {
        this.indexes = indexes;
        this.direction = direction;
    }

    /**
     * Registers both functions in the given context (a dataset's), on top of the standard ones, so only queries
     * over that dataset see them.
     */
    public static void register(Context context, LineageIndexes indexes) {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.chooseRegistry(context));
        registry.put(ANCESTOR_OF, uri -> new LineagePropertyFunction(indexes, LineageIndex.Direction.UP));
        registry.put(DESCENDANT_OF, uri -> new LineagePropertyFunction(indexes, LineageIndex.Direction.DOWN));
        PropertyFunctionRegistry.set(context, registry);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, PropFuncArg object,
            ExecutionContext execCxt) {
        List<Node> args = object.getArgList();
        if (args.isEmpty() || !args.get(0).isURI()) {
            throw new QueryExecException(predicate.getLocalName() + " needs the act as its first argument, an IRI:"
                    + " ?x " + predicate.getLocalName() + " (<act> depth)");
        }
        int depth = Integer.MAX_VALUE;
        int verbs = 0;
        for (Node arg : args.subList(1, args.size())) {
            if (arg.isLiteral() && arg.getLiteralValue() instanceof Number n && n.intValue() > 0) {
                depth = n.intValue();
            } else if (arg.isURI() && Verb.parse(arg.getURI()) != null) {
                verbs |= 1 << Verb.parse(arg.getURI()).ordinal();
            } else {
                throw new QueryExecException(predicate.getLocalName() + ": " + arg
                        + " is neither a depth (a positive integer) nor a verb (untoc:recalls, untoc:reaffirms…)");
            }
        }
        LineageIndex index = indexes.current();
        int start = index.id(args.get(0).getURI());
        List<Binding> out = new ArrayList<>();
        if (start >= 0) {
            for (LineageIndex.Hit hit : index.walk(start, direction, depth, verbs == 0 ? Verb.all() : verbs)) {
                Node found = NodeFactory.createURI(index.iri(hit.node()));
                if (subject.isVariable()) {
                    out.add(BindingFactory.binding(binding, Var.alloc(subject), found));
                } else if (subject.equals(found)) {
                    out.add(binding);
                }
            }
        }
        return QueryIterPlainWrapper.create(out.iterator(), execCxt);
    }

    @Override
    public void build(PropFuncArg argSubject, Node predicate, PropFuncArg argObject, ExecutionContext execCxt) {
        super.build(argSubject, predicate, argObject, execCxt);
        if (argObject.isNode() || argObject.getArgListSize() == 0) {
            throw new QueryBuildException(predicate.getLocalName() + " takes a list: (<act> [depth] [verb…])");
        }
    }
}
