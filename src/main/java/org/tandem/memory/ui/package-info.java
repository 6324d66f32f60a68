/** The translation memory's page: its language pairs, TMX load and export. */
package org.tandem.memory.ui;
