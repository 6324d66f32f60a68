package org.tandem.qa;

import java.util.List;

/** A check over one segment: pure, no I/O, no shared mutable state. Register as a Spring bean. */
public interface Check {

    /** Stable kebab-case id, stored with each issue; never derived from the class name. */
    String id();

    List<Issue> check(SegmentPair pair);
}
