"""The member CRM: members, tags, groups, segments, vocabulary."""
