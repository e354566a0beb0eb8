#!/bin/bash
# Usage: compile FreshTime.java (see there) into /tmp/fb, put the jars at /tmp/rkg-old.jar and /tmp/rkg-new.jar and
# the 10x bench corpus (CorpusGenerator, seed 42, 300 articles, 50 per file) at /tmp/fb/corpus-10x.
# old and new jars alternating, each JVM: a warm-up build, then timed fresh builds, then Jena's loader alone
for r in 1 2; do
  echo "round $r old $(date -u +%T) $(uptime)"
  java -Xmx3g -cp /tmp/rkg-old.jar:/tmp/fb FreshTime /tmp/fb/corpus-10x /tmp/fb/work-old 1 old default 1 2>>/tmp/fb/alt.err
  echo "round $r new $(date -u +%T) $(uptime)"
  java -Xmx3g -cp /tmp/rkg-new.jar:/tmp/fb FreshTime /tmp/fb/corpus-10x /tmp/fb/work-new 1 new PHASED,PARALLEL,BASIC 1 2>>/tmp/fb/alt.err
done
echo "end $(date -u +%T) $(uptime)"
