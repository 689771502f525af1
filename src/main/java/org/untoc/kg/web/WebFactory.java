package org.untoc.kg.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.untoc.kg.lineage.LineageIndexes;
import org.untoc.kg.query.NamedQueryCatalog;
import org.untoc.kg.serve.DatasetVersion;

/**
 * Wires the web layer. The only thing it needs from outside is a {@link QueryRunner} bean (the service binds it to
 * its store); without one the data-backed routes stay off and the static pages still serve.
 */
@Factory
public class WebFactory {

    @Singleton
    PublicBase publicBase(@Value("${untoc.web.public-base:}") String publicBase,
                          @Value("${untoc.web.served-at:}") String servedAt) {
        // The default is spelled here, not in the placeholder, whose syntax would split it at "https:".
        return new PublicBase(publicBase.isBlank() ? PublicBase.DEFAULT : publicBase, servedAt);
    }

    @Singleton
    WebQueries webQueries() {
        return WebQueries.load();
    }

    @Singleton
    Templates templates(io.micronaut.views.thymeleaf.ThymeleafViewsRenderer<java.util.Map<String, Object>> renderer) {
        return new Templates(renderer);
    }

    @Singleton
    @Requires(beans = QueryRunner.class)
    DocumentTexts documentTexts(QueryRunner runner, WebQueries queries, PublicBase base) {
        return new DocumentTexts(runner, queries, base);
    }

    @Singleton
    @Requires(beans = QueryRunner.class)
    Citations citations(QueryRunner runner, WebQueries queries, PublicBase base) {
        return new Citations(runner, queries, base);
    }

    @Singleton
    @Requires(beans = QueryRunner.class)
    RecommendationLineage recommendationLineage(QueryRunner runner, WebQueries queries, PublicBase base) {
        return new RecommendationLineage(runner, queries, base);
    }

    @Singleton
    @Requires(beans = QueryRunner.class)
    Collection collection(QueryRunner runner, WebQueries queries, PublicBase base) {
        return new Collection(runner, queries, base);
    }

    @Singleton
    @Requires(beans = QueryRunner.class)
    SearchIndex searchIndex(QueryRunner runner, WebQueries queries, PublicBase base, DatasetVersion version) {
        return new SearchIndex(runner, queries, base, () -> version.current().tag());
    }

    @Singleton
    @Requires(beans = QueryRunner.class)
    ResourcePageRenderer resourcePageRenderer(PublicBase base, Templates templates, DocumentTexts texts, Citations citations,
                                              QueryRunner runner, WebQueries queries) {
        return new ResourcePageRenderer(base, templates, texts, citations, new MeetingRecords(runner, queries, base));
    }

    @Singleton
    @Requires(beans = QueryRunner.class)
    ResourceViews resourceViews(QueryRunner runner, WebQueries queries) {
        return new ResourceViews(runner, queries);
    }

    @Singleton
    @Requires(beans = QueryRunner.class)
    GraphViews graphViews(QueryRunner runner, WebQueries queries) {
        return new GraphViews(runner, queries);
    }

    @Singleton
    @Requires(beans = LineageIndexes.class)
    Lineage lineage(LineageIndexes indexes, QueryRunner runner, PublicBase base) {
        return new Lineage(indexes, runner, base);
    }

    @Singleton
    @Requires(beans = QueryRunner.class)
    QueryApi queryApi(QueryRunner runner, @Nullable Lineage lineage) {
        return new QueryApi(NamedQueryCatalog.load(), runner, lineage);
    }

    @Singleton
    @Requires(beans = Lineage.class)
    LineageApi lineageApi(Lineage lineage, QueryApi api) {
        return new LineageApi(lineage, api);
    }

    @Singleton
    OpenApiDocument openApiDocument(@Value("${untoc.web.api-version:0.1.0}") String version) {
        return new OpenApiDocument(NamedQueryCatalog.load(), version);
    }
}
