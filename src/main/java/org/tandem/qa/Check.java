package org.tandem.qa;

import java.util.List;

/** A check over one segment: pure, no I/O, no shared mutable state. Register as a Spring bean. */
public interface Check extends QualityCheck {

    List<Issue> check(SegmentPair pair);
}
