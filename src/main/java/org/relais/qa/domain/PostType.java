package org.relais.qa.domain;

/** What a vote is on. */
public enum PostType {
    QUESTION,
    ANSWER
}
