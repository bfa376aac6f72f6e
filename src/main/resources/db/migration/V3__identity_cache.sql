-- SPDX-License-Identifier: Apache-2.0
-- Larger identity caches for the tables the uplink path appends to. H2 reserves 32 values of an identity sequence
-- at a time and writes the reservation in a commit of its own (a durable MVStore commit with WRITE_DELAY=0): at
-- three rows per uplink that was one extra commit per ~10 uplinks, more than half of the store's time under load.
-- A restart leaves a gap in the ids (never a reuse). Portable SQL (H2 and PostgreSQL).

ALTER TABLE uplinks ALTER COLUMN id SET CACHE 100000;
ALTER TABLE session_log ALTER COLUMN id SET CACHE 100000;
ALTER TABLE downlinks ALTER COLUMN id SET CACHE 10000;
