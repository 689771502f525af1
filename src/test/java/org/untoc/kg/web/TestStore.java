package org.untoc.kg.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Binds the web layer to the test graph, as the service binds it to its store. */
@Factory
@Requires(env = "web-test")
class TestStore {

    // Replaces the service's runner too, once both live in one application.
    @Singleton
    @Replaces(QueryRunner.class)
    QueryRunner queryRunner() {
        return Fixture.runner();
    }
}
