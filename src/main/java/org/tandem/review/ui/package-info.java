/** The LQA report page of a document. */
package org.tandem.review.ui;
