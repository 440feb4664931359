-- A party's measures (lead = ?, optionally overdue or open) come in the list's default order, due date then reference,
-- straight from this index: the page reads its 20 rows instead of sorting every match (36,000 overdue measures of one
-- party at scale L), and the count reads the index alone (status is in it). It replaces both indexes that began with the
-- lead: H2's planner picked them for the condition and then sorted. The list puts the lead first in its ORDER BY
-- (MeasureQueries), which H2 needs to see that the index is in order.
drop index measure_lead_idx;
drop index measure_lead_due_status_idx;
create index measure_lead_order_idx on measure (lead_code, due_date nulls last, reference nulls last, id, status);
