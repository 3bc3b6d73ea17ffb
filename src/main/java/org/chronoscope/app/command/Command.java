package org.chronoscope.app.command;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;

/**
 * One thing the user can ask the window to do: its menu text, accelerator, action, when it is disabled, its toolbar
 * button and tooltip, and its line in the keyboard-shortcut sheet. The menus, the toolbar and the F1 sheet are all
 * drawn from the {@link CommandTable}, so they cannot disagree.
 */
public final class Command {
    private final String id;
    private final String text;
    private final String accelerator;
    private final String help;
    private final Runnable action;
    private String toolbarText;
    private String tooltip;
    private ObservableBooleanValue disabled;
    private ObservableStringValue dynamicText;
    private BooleanProperty selected;
    private String radioGroup;

    private Command(String id, String text, String accelerator, String help, Runnable action) {
        this.id = id;
        this.text = text;
        this.accelerator = accelerator;
        this.help = help;
        this.action = action;
    }

    /**
     * @param id          a stable name ("open-folder"), also the toolbar button's CSS id
     * @param text        the menu text, "_" before a mnemonic
     * @param accelerator a {@link KeyCombination} spec ("Shortcut+O"), or null
     * @param help        what it does, for the shortcut sheet ("open a corpus folder")
     */
    public static Command of(String id, String text, String accelerator, String help, Runnable action) {
        return new Command(id, text, accelerator, help, action);
    }

    /** A check item (and a toggle button) bound both ways to {@code state}. */
    public static Command toggle(String id, String text, String accelerator, String help, BooleanProperty state) {
        Command c = new Command(id, text, accelerator, help, () -> state.set(!state.get()));
        c.selected = state;
        return c;
    }

    /** One of a set of radio items (and toggle buttons) sharing {@code group}; {@code state} is true for the chosen one. */
    public static Command radio(String id, String group, String text, String accelerator, String help,
                                BooleanProperty state) {
        Command c = new Command(id, text, accelerator, help, () -> state.set(true));
        c.selected = state;
        c.radioGroup = group;
        return c;
    }

    /** Also on the toolbar, as a button with this text and tooltip (the accelerator is added to the tooltip). */
    public Command onToolbar(String buttonText, String buttonTooltip) {
        this.toolbarText = buttonText;
        this.tooltip = buttonTooltip;
        return this;
    }

    public Command disabledWhen(ObservableBooleanValue condition) {
        this.disabled = condition;
        return this;
    }

    /** The menu text follows this value ("Undo Add note"). */
    public Command textFrom(ObservableStringValue value) {
        this.dynamicText = value;
        return this;
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public String accelerator() {
        return accelerator;
    }

    /** "Ctrl+O" on this platform, or "" without an accelerator. */
    public String acceleratorText() {
        return accelerator == null ? "" : KeyCombination.keyCombination(accelerator).getDisplayText();
    }

    public String help() {
        return help;
    }

    public void run() {
        if (disabled == null || !disabled.get()) {
            action.run();
        }
    }

    public String toolbarText() {
        return toolbarText;
    }

    /** The toolbar tooltip, with the accelerator: "Open a corpus folder (Ctrl+O)". */
    public String tooltip() {
        if (tooltip == null) {
            return null;
        }
        return accelerator == null ? tooltip : tooltip + " (" + acceleratorText() + ")";
    }

    public ObservableBooleanValue disabled() {
        return disabled;
    }

    public ObservableStringValue dynamicText() {
        return dynamicText;
    }

    /** For a toggle or radio command, its state; else null. */
    public BooleanProperty selected() {
        return selected;
    }

    public String radioGroup() {
        return radioGroup;
    }
}
