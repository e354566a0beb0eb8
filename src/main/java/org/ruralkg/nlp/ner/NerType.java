package org.ruralkg.nlp.ner;

/** The kinds of names the sequence labeller finds. */
public enum NerType {
    PERSON,
    LOCATION,
    ORGANIZATION
}
