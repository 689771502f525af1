package org.untoc.kg.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Binds the web layer to the test graph, as the service binds it to its store. */
@Factory
@Requires(env = "web-test")
class TestStore {

    @Singleton
    QueryRunner queryRunner() {
        return Fixture.runner();
    }
}
