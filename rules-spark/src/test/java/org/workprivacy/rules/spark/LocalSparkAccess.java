package org.workprivacy.rules.spark;

import org.apache.spark.sql.SparkSession;

/** The test run's one Spark session, for tests in other packages. */
public final class LocalSparkAccess {
    private LocalSparkAccess() {
    }

    public static SparkSession session() {
        return LocalSpark.session();
    }
}
