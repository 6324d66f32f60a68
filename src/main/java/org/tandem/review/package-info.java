/** Quality evaluation: MQM errors marked on targets, the MQM 2.0 score per document and the LQA report. */
package org.tandem.review;
