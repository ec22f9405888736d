package org.waymark.review;

/** What a feedback link can be when someone opens it. Reveals nothing about the child. */
public enum FeedbackLinkState { OPEN, USED, EXPIRED, UNKNOWN }
