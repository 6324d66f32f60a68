package org.tandem.base.ui;

import com.vaadin.flow.component.upload.Upload;

/** Upload fields that take one file at a time, again and again. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * One file per upload; once it is received (imported or refused, as the view then says), the field is empty and
     * takes the next file, instead of keeping the last one listed and refusing more.
     */
    public static Upload oneFileAtATime(Upload upload) {
        upload.setMaxFiles(1);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        return upload;
    }
}
