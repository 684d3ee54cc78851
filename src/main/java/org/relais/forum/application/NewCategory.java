package org.relais.forum.application;

/** What an administrator gives to create a category. */
public record NewCategory(String name, String description, String colour, Integer sortKey) {}
