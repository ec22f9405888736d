package org.waymark.attendance;

import java.util.List;

/** What became of a submitted register: how many marks were accepted and which were refused. */
public record RegisterResult(int accepted, List<RejectedMark> rejected) {
}
