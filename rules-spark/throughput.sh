#!/usr/bin/env sh
# Decides the same generated JSON Lines file with `workprivacy batch` and with the Spark job in local[2],
# one after the other, and prints both wall times (docs/spark.md). Needs the jars built first:
#   ./mvnw -B -o -Pspark-job -pl rules-spark,rules-cli -am package -DskipTests
#   ./mvnw -B -o -q -pl rules-spark -am compile dependency:build-classpath \
#       -Dmdep.includeScope=provided -Dmdep.outputFile=/tmp/spark-cp.txt
# Usage: rules-spark/throughput.sh [LINES] [SPARK_CLASSPATH_FILE]
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
lines=${1:-100000}
classpath=$(cat "${2:-/tmp/spark-cp.txt}")
work=$(mktemp -d)
cli="java -jar $here/rules-cli/target/workprivacy.jar"
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"

$cli generate "$lines" --bad-every 997 --seed 19 > "$work/situations.jsonl"
echo "input: $lines lines, $(wc -c < "$work/situations.jsonl") bytes"

start=$(date +%s.%N)
$cli batch --threads 2 --no-progress --id-field id "$work/situations.jsonl" > "$work/batch.jsonl"
end=$(date +%s.%N)
echo "workprivacy batch --threads 2: $(echo "$end - $start" | bc) s wall (start-up and rule compilation included)"

start=$(date +%s.%N)
# shellcheck disable=SC2086
java $opens -Dspark.master='local[2]' -Dspark.ui.enabled=false -Dspark.sql.shuffle.partitions=2 \
  -cp "$here/rules-spark/target/rules-spark-0.1.0-job.jar:$classpath" \
  org.workprivacy.rules.spark.job.VerdictJob --input "$work/situations.jsonl" --format jsonl \
  --output "$work/verdicts" --id-field id 2> "$work/spark.log"
end=$(date +%s.%N)
echo "Spark job, local[2]: $(echo "$end - $start" | bc) s wall (JVM and Spark start-up, rule compilation included)"
rm -rf "$work"
