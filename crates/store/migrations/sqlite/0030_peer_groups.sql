-- The county beside its peers (issue 32): a comparison group chosen by the body — the Kreise
-- it compares itself with (neighbours, partners of a network, the counties of a study) —
-- beside the groups by Land and by type and size.
CREATE TABLE peer_group_members (
    body_id BIGINT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    region_key TEXT NOT NULL,
    PRIMARY KEY (body_id, region_key)
);
