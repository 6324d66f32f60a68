/**
 * Documents and their segments: import, export, list and delete; saving a segment with optimistic locking (each
 * save kept as a change); the events open screens follow. {@code ui/} is the document list.
 */
@ApplicationModule(allowedDependencies = {"io", "markup", "security", "base::ui", "base::web", "base::data"})
package org.tandem.document;

import org.springframework.modulith.ApplicationModule;

