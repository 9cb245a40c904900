package hpf.compliance.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a source on its own thread and hands its records over in batches, so that parsing a file overlaps with the
 * screening that consumes it (parsing is most of the work; on two cores this nearly doubles throughput). A failure
 * of the source is rethrown by {@link #next} in the consuming thread. The queue is short, so memory stays bounded.
 */
public final class PrefetchSource<T> implements MergeJoinScreening.Source<T>, AutoCloseable {
    private static final Object END = new Object();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile boolean closed;
    private List<T> batch = List.of();
    private int pos;
    private boolean done;

    public PrefetchSource(MergeJoinScreening.Source<T> source, int batchSize, String threadName) {
        thread = new Thread(threadName) { // a class, not a lambda: the first lambda costs a cold JVM the set-up of method handles
            @Override
            public void run() { produce(source, batchSize); }
        };
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(MergeJoinScreening.Source<T> source, int batchSize) {
        try {
            List<T> b = new ArrayList<>(batchSize);
            for (T v = source.next(); v != null && !closed; v = source.next()) {
                b.add(v);
                if (b.size() == batchSize) {
                    put(b);
                    b = new ArrayList<>(batchSize);
                }
            }
            if (!b.isEmpty()) put(b);
            put(END);
        } catch (Throwable t) {
            try {
                put(t);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Object o) throws InterruptedException {
        while (!closed) {
            if (queue.offer(o, 50, TimeUnit.MILLISECONDS)) return;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        while (pos >= batch.size()) {
            if (done) return null;
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for input", e);
            }
            if (o == END) {
                done = true;
                return null;
            }
            if (o instanceof Throwable t) {
                done = true;
                if (t instanceof RuntimeException re) throw re;
                if (t instanceof Error err) throw err;
                throw new IllegalStateException(t);
            }
            batch = (List<T>) o;
            pos = 0;
        }
        return batch.get(pos++);
    }

    /** Stops the producer (it finishes the record it is reading) and waits for it, so its source can be closed. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
