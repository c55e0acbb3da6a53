package org.transferdesk.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** What a page holds that is not saved yet, and how to save it ({@code after} hears whether it was saved). */
public interface UnsavedWork {
    UnsavedWork NONE = of(() -> false, after -> after.accept(true));

    boolean dirty();

    void save(Consumer<Boolean> after);

    static UnsavedWork of(BooleanSupplier dirty, Consumer<Consumer<Boolean>> save) {
        return new UnsavedWork() {
            @Override
            public boolean dirty() {
                return dirty.getAsBoolean();
            }

            @Override
            public void save(Consumer<Boolean> after) {
                save.accept(after);
            }
        };
    }
}
