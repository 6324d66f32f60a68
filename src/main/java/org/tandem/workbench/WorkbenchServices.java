package org.tandem.workbench;

import org.springframework.stereotype.Component;
import org.tandem.document.DocumentService;
import org.tandem.document.ReplaceService;
import org.tandem.document.SegmentEvents;
import org.tandem.glossary.GlossaryService;
import org.tandem.memory.MemoryService;
import org.tandem.qa.QaService;
import org.tandem.review.CommentService;
import org.tandem.review.HistoryService;
import org.tandem.review.IssueService;
import org.tandem.review.MqmService;
import org.tandem.review.ReviewDataService;
import org.tandem.review.StatusService;

/** The features the workbench composes, each through its service (the screen talks to nothing else). */
@Component
record WorkbenchServices(DocumentService documents, SegmentEvents events, IssueService issues,
                         StatusService statuses, CommentService comments, HistoryService history, MqmService mqm,
                         ReviewDataService reviewData, GlossaryService glossaries, QaService checks,
                         ReplaceService replace, MemoryService memory) {
}
