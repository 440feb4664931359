-- Counting a party's overdue measures ("lead = ? and due_date < today and status in open") reads only this index:
-- every column the filter and count(m.id) use is in it, so no table row is fetched (index-only scan).
create index measure_lead_due_status_idx on measure (lead_code, due_date, status, id);
