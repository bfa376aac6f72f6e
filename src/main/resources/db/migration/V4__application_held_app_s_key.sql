-- SPDX-License-Identifier: Apache-2.0
-- A session's AppSKey may be held by the application only (OrbiWAN key schemes "OTAA without AppKey", where the
-- application answers the join, and "ABP without AppSKey"): the column is then NULL and payloads pass through
-- encrypted. Portable SQL (H2 and PostgreSQL).

ALTER TABLE device_sessions ALTER COLUMN app_s_key DROP NOT NULL;
