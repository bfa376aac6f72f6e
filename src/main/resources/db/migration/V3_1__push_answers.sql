-- SPDX-License-Identifier: Apache-2.0
-- What each push target answered for a stored uplink (OrbiWAN `push_status`: one entry per application), the last
-- answer per target. `status` is NULL when no HTTP answer came (refused, timed out, queue full). No foreign key to
-- push_targets: an answer outlives a deleted target, and readers skip what they cannot name. Portable SQL.

CREATE TABLE push_answers (
    uplink_id  BIGINT NOT NULL REFERENCES uplinks (id) ON DELETE CASCADE,
    target_id  BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    status     INTEGER,
    answered   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (uplink_id, target_id)
);
