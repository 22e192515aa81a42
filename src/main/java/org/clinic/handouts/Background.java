package org.clinic.handouts;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work begun on a thread of its own so that a cold run does it while the main thread reads and checks articles.
 * Every failure, errors included, completes the future, so whoever waits never hangs; waiting rethrows the
 * failure as it was thrown, not wrapped.
 */
public final class Background {
    private Background() {}

    /** Starts {@code work} on a daemon thread named {@code name}. */
    public static <T> CompletableFuture<T> start(String name, Callable<T> work) {
        return completeLater(name, new CompletableFuture<>(), work);
    }

    /** Starts {@code work} on a daemon thread named {@code name}, to complete a future made beforehand. */
    public static <T> CompletableFuture<T> completeLater(String name, CompletableFuture<T> result, Callable<T> work) {
        Thread.ofPlatform().daemon().name(name).start(() -> complete(result, work));
        return result;
    }

    /** Runs {@code work} here and completes {@code result} with what it returns or throws. */
    public static <T> void complete(CompletableFuture<T> result, Callable<T> work) {
        try {
            result.complete(work.call());
        } catch (Throwable e) {
            result.completeExceptionally(e);
        }
    }

    /** The result; an unchecked failure is rethrown as it was. */
    public static <T> T join(CompletableFuture<T> work) {
        return join(work, RuntimeException.class);
    }

    /** The result; an unchecked failure or one of type {@code checked} is rethrown as it was. */
    public static <T, X extends Exception> T join(CompletableFuture<T> work, Class<X> checked) throws X {
        try {
            return work.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case RuntimeException cause -> throw cause;
                case Error error -> throw error;
                case Exception cause when checked.isInstance(cause) -> throw checked.cast(cause);
                case null, default -> throw e;
            }
        }
    }
}
