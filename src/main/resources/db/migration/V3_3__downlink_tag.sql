-- SPDX-License-Identifier: Apache-2.0
-- An application's correlation tag on a queued downlink (OrbiWAN `tag`: "The Server will include this tag on all
-- message related to this downlink message"). NULL when the application gave none. Portable SQL.

ALTER TABLE downlinks ADD COLUMN tag VARCHAR(256);
