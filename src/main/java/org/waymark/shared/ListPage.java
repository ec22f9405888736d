package org.waymark.shared;

import java.util.List;

/** One page of a list, as every list endpoint answers: {items, page, size, total}. */
public record ListPage<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    /** Bounds a requested page and size to safe values (page from 0, size 1–200, default 50). */
    public static int[] bounds(Integer page, Integer size) {
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size < 1 ? 50 : Math.min(size, MAX_SIZE);
        return new int[] {p, s};
    }
}
