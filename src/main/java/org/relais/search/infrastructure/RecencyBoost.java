package org.relais.search.infrastructure;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A gentle preference for recent content: relevance is multiplied by {@code 1 + 0.3 × 2^(−age / 180
 * days)}, so a fresh post gains at most 30 % over an old one of equal relevance and words still
 * decide. Documents without a date are neither favoured nor penalised.
 */
public final class RecencyBoost extends DoubleValuesSource {
    static final double MAX_GAIN = 0.3;
    static final double HALF_LIFE_MILLIS = 180 * 86_400_000d;

    private final long now;

    public RecencyBoost(Clock clock) {
        this.now = clock.millis();
    }

    static double factor(long ageMillis) {
        return 1 + MAX_GAIN * Math.pow(2, -Math.max(0, ageMillis) / HALF_LIFE_MILLIS);
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues dates = DocValues.getNumeric(ctx.reader(), SearchIndex.DATE);
        return new DoubleValues() {
            private boolean dated;

            @Override
            public double doubleValue() throws IOException {
                return dated ? factor(now - dates.longValue()) : 1;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                dated = dates.advanceExact(doc);
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher reader) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecencyBoost boost && boost.now == now;
    }

    @Override
    public int hashCode() {
        return Objects.hash(now);
    }

    @Override
    public String toString() {
        return "recency";
    }
}
