package org.tandem.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The signed-in user's corner of the frame (who is signed in, their own settings, signing out), provided by the
 * feature that knows users, so that the frame itself depends on no feature.
 */
public interface UserMenu {

    /** A new component for one frame. */
    Component create();
}
