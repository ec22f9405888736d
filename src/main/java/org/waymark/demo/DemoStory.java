package org.waymark.demo;

/**
 * A module's part of the demo story, loaded after the foundation (the LA, schools, providers and
 * accounts) in the same transaction, in {@link #order()}. Add one class per module in this package.
 */
public interface DemoStory {

    int order();

    void load(DemoFoundation foundation);
}
