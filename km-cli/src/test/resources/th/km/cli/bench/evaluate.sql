-- Every flattened indicator's status and value (see IndicatorSpec and EvaluationExport), decided as
-- km's evaluator decides them. Records count from the period's start (any earlier day for a to-date
-- window) to the as-of day or the period's end; reports and ratings of trainings up to the as-of day.
WITH i AS (
  SELECT *, pend - pstart + 1 AS total, least(as_of, pend) AS upto,
    CASE WHEN as_of < pstart THEN 0 WHEN as_of >= pend THEN pend - pstart + 1
         ELSE as_of - pstart + 1 END AS passed
  FROM indicator),
first_day AS (SELECT org, kind, min(day) AS first FROM event GROUP BY org, kind),
-- An asset's first publication on one of the channels a selector asks for.
chan AS (
  SELECT i.org, i.ordinal, p.rec, min(p.day) AS day
  FROM i JOIN event e ON e.org = i.org AND e.kind = 9 JOIN publication p ON p.rec = e.rec
  WHERE i.kind = 9 AND i.chmask <> 0 AND (i.chmask >> p.channel) & 1 = 1
  GROUP BY i.org, i.ordinal, p.rec),
-- The records of a selector's kind that pass its filter, on the day they count: an asset's
-- creation, the day it reached the least status or its first publication on a channel asked for,
-- whichever is last (none when it has not reached them); any other record's own day.
candidate AS (
  SELECT i.org, i.ordinal, i.rule, i.pop, i.pstart, i.upto, i.win, e.kind, e.rec, e.qty, e.div,
    CASE WHEN e.kind <> 9 THEN e.day
         WHEN (i.minst = 1 AND a.reach IS NULL) OR (i.minst = 2 AND a.pub IS NULL)
           OR (i.chmask <> 0 AND c.day IS NULL) THEN NULL
         ELSE greatest(e.day, CASE i.minst WHEN 1 THEN a.reach WHEN 2 THEN a.pub ELSE e.day END,
                       coalesce(c.day, e.day)) END AS day
  FROM i JOIN event e ON e.org = i.org AND e.kind = i.kind
    LEFT JOIN asset a ON a.rec = e.rec
    LEFT JOIN chan c ON c.org = i.org AND c.ordinal = i.ordinal AND c.rec = e.rec
  WHERE i.rule IN ('C', 'O', 'R', 'P', 'V')
    AND (i.mask = 0 OR (i.mask >> e.sub) & 1 = 1) AND (i.mask2 = 0 OR (i.mask2 >> e.sub2) & 1 = 1)),
picked AS (SELECT * FROM candidate WHERE day <= upto AND (win = 1 OR day >= pstart)),
counts AS (SELECT org, ordinal, count(*) AS n, sum(qty) AS q FROM picked GROUP BY org, ordinal),
named AS (
  SELECT pk.org, pk.ordinal, pk.rule, pk.pop, pk.kind, pk.div, ep.person
  FROM picked pk JOIN event_person ep ON ep.rec = pk.rec),
-- Staff with their 60th birthday and their retirement: the stated day, or else 30 September of
-- the fiscal year in which they complete 60 years (the day before the birthday).
born AS (SELECT *, CAST(DATE '1970-01-01' + birth + INTERVAL 60 YEAR AS DATE) AS sixty_date FROM staff),
people AS (
  SELECT org, person, cat, div, pos, dfrom, duntil, sixty_date - DATE '1970-01-01' AS sixty,
    coalesce(retire, make_date(CAST(year(sixty_date - 1) AS INTEGER)
        + CASE WHEN month(sixty_date - 1) >= 10 THEN 1 ELSE 0 END, 9, 30) - DATE '1970-01-01') AS retires
  FROM born),
persons AS (
  SELECT n.org, n.ordinal, count(DISTINCT n.person) AS n
  FROM named n JOIN people s ON s.person = n.person GROUP BY n.org, n.ordinal),
-- A percentage's population: of its categories, not gone before the period, and in service on
-- the day (active staff), or retiring or turning 60 in the period so far while in service.
pmember AS (
  SELECT i.org, i.ordinal, s.person FROM i JOIN people s ON s.org = i.org
  WHERE i.rule = 'P' AND (i.cats = 0 OR (i.cats >> s.cat) & 1 = 1)
    AND coalesce(s.duntil >= i.pstart, true)
    AND CASE WHEN i.pop = 0 THEN coalesce(s.dfrom <= i.upto, true) AND coalesce(s.duntil >= i.upto, true)
      ELSE (i.pop IN (1, 3) AND s.retires BETWEEN i.pstart AND i.upto
              AND coalesce(s.dfrom <= s.retires, true) AND coalesce(s.duntil >= s.retires, true))
        OR (i.pop IN (2, 3) AND s.sixty BETWEEN i.pstart AND i.upto
              AND coalesce(s.dfrom <= s.sixty, true) AND coalesce(s.duntil >= s.sixty, true)) END),
ppop AS (SELECT org, ordinal, count(*) AS n FROM pmember GROUP BY org, ordinal),
pcovered AS (
  SELECT n.org, n.ordinal, count(DISTINCT n.person) AS n
  FROM named n JOIN pmember m ON m.org = n.org AND m.ordinal = n.ordinal AND m.person = n.person
  GROUP BY n.org, n.ordinal),
-- A coverage's set: the plan's divisions, the positions of staff in service, or the staff in service.
vmember AS (
  SELECT i.org, i.ordinal, unnest(range(o.ndiv)) AS key FROM i JOIN orgs o ON o.org = i.org
  WHERE i.rule = 'V' AND i.pop = 0
  UNION ALL
  SELECT DISTINCT i.org, i.ordinal, s.pos AS key FROM i JOIN people s ON s.org = i.org
  WHERE i.rule = 'V' AND i.pop = 1 AND s.pos IS NOT NULL
    AND coalesce(s.dfrom <= i.upto, true) AND coalesce(s.duntil >= i.upto, true)
  UNION ALL
  SELECT i.org, i.ordinal, s.person AS key FROM i JOIN people s ON s.org = i.org
  WHERE i.rule = 'V' AND i.pop = 2
    AND coalesce(s.dfrom <= i.upto, true) AND coalesce(s.duntil >= i.upto, true)),
vpop AS (SELECT org, ordinal, count(*) AS n FROM vmember GROUP BY org, ordinal),
-- The members a record covers: its divisions (an asset's own, else its authors'; a meeting's own
-- and its attendees'; else its staff's), its staff's positions, or its staff.
vkey AS (
  SELECT org, ordinal, div AS key FROM picked WHERE rule = 'V' AND pop = 0 AND div IS NOT NULL
  UNION ALL
  SELECT n.org, n.ordinal, s.div AS key FROM named n JOIN people s ON s.person = n.person
  WHERE n.rule = 'V' AND n.pop = 0 AND s.div IS NOT NULL AND NOT (n.kind = 9 AND n.div IS NOT NULL)
  UNION ALL
  SELECT n.org, n.ordinal, s.pos AS key FROM named n JOIN people s ON s.person = n.person
  WHERE n.rule = 'V' AND n.pop = 1 AND s.pos IS NOT NULL
  UNION ALL
  SELECT org, ordinal, person AS key FROM named WHERE rule = 'V' AND pop = 2),
vcovered AS (
  SELECT k.org, k.ordinal, count(DISTINCT k.key) AS n
  FROM vkey k JOIN vmember m ON m.org = k.org AND m.ordinal = k.ordinal AND m.key = k.key
  GROUP BY k.org, k.ordinal),
-- Report deadlines: the day after the return is the first; a last day off moves to the next
-- working day (not a Saturday, a Sunday or a holiday).
cal AS (
  SELECT d AS day, NOT ((d + 3) % 7 IN (5, 6) OR d IN (SELECT day FROM holiday)) AS working
  FROM range((SELECT min(pstart) FROM indicator), (SELECT max(pend) + max(days) + 60 FROM indicator)) r(d)),
nextwork AS (
  SELECT day, min(CASE WHEN working THEN day END)
      OVER (ORDER BY day DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS due
  FROM cal),
dtrain AS (
  SELECT i.org, i.ordinal, i.as_of, e.rec, n.due
  FROM i JOIN event e ON e.org = i.org AND e.kind = 5 JOIN training t ON t.rec = e.rec
    JOIN nextwork n ON n.day = t.dret + i.days
  WHERE i.rule = 'D' AND (i.mask = 0 OR (i.mask >> e.sub) & 1 = 1)
    AND (i.mask2 = 0 OR (i.mask2 >> e.sub2) & 1 = 1) AND t.dret >= i.pstart AND t.dret <= i.upto),
dfirst AS (
  SELECT d.org, d.ordinal, d.rec, d.as_of, d.due, min(f.day) AS first
  FROM dtrain d LEFT JOIN follow f ON f.training = d.rec AND f.kind = 6 AND f.day <= d.as_of
  GROUP BY d.org, d.ordinal, d.rec, d.as_of, d.due),
dcount AS (
  SELECT org, ordinal, count(*) FILTER (WHERE as_of > due AND first <= due) AS on_time,
    count(*) FILTER (WHERE as_of > due) AS decided
  FROM dfirst GROUP BY org, ordinal),
-- Before/after: the persons who finished a training in the period, and those rated higher after.
btrain AS (
  SELECT i.org, i.ordinal, i.as_of, e.rec, ep.person
  FROM i JOIN event e ON e.org = i.org AND e.kind = 5 JOIN training t ON t.rec = e.rec
    JOIN event_person ep ON ep.rec = e.rec
  WHERE i.rule = 'B' AND (i.mask = 0 OR (i.mask >> e.sub) & 1 = 1)
    AND (i.mask2 = 0 OR (i.mask2 >> e.sub2) & 1 = 1) AND t.dend >= i.pstart AND t.dend <= i.upto),
bcount AS (
  SELECT b.org, b.ordinal, count(DISTINCT b.person) AS trained,
    count(DISTINCT CASE WHEN f.improved = 1 THEN b.person END) AS improved
  FROM btrain b LEFT JOIN follow f ON f.training = b.rec AND f.kind = 7 AND f.day <= b.as_of
  GROUP BY b.org, b.ordinal),
measured AS (
  SELECT i.org, i.ordinal, i.rule, i.kind, i.target, i.passed, i.total,
    CASE i.unit WHEN 0 THEN coalesce(c.n, 0) WHEN 1 THEN coalesce(p.n, 0) ELSE coalesce(c.q, 0) END AS v,
    coalesce(f.first <= i.upto, false) AS recorded,
    coalesce(ft.first <= i.upto, false) AS any_training,
    coalesce(fr.first <= i.as_of, false) AS any_rating,
    CASE i.rule WHEN 'P' THEN coalesce(pp.n, 0) WHEN 'V' THEN coalesce(vp.n, 0)
      WHEN 'D' THEN coalesce(dc.decided, 0) WHEN 'B' THEN coalesce(bc.trained, 0) END AS den,
    CASE i.rule WHEN 'P' THEN coalesce(pc.n, 0) WHEN 'V' THEN coalesce(vc.n, 0)
      WHEN 'D' THEN coalesce(dc.on_time, 0) WHEN 'B' THEN coalesce(bc.improved, 0) END AS num
  FROM i LEFT JOIN counts c ON c.org = i.org AND c.ordinal = i.ordinal
    LEFT JOIN persons p ON p.org = i.org AND p.ordinal = i.ordinal
    LEFT JOIN ppop pp ON pp.org = i.org AND pp.ordinal = i.ordinal
    LEFT JOIN pcovered pc ON pc.org = i.org AND pc.ordinal = i.ordinal
    LEFT JOIN vpop vp ON vp.org = i.org AND vp.ordinal = i.ordinal
    LEFT JOIN vcovered vc ON vc.org = i.org AND vc.ordinal = i.ordinal
    LEFT JOIN dcount dc ON dc.org = i.org AND dc.ordinal = i.ordinal
    LEFT JOIN bcount bc ON bc.org = i.org AND bc.ordinal = i.ordinal
    LEFT JOIN first_day f ON f.org = i.org AND f.kind = i.kind
    LEFT JOIN first_day ft ON ft.org = i.org AND ft.kind = 5
    LEFT JOIN first_day fr ON fr.org = i.org AND fr.kind = 7),
-- A share against an at-least target: met once reached, not met at the end, else on track while
-- at least the target times the elapsed share of the period.
judged AS (
  SELECT *, CASE
      WHEN rule IN ('R', 'C', 'O') THEN NULL
      WHEN rule IN ('P', 'V') AND (den = 0 OR NOT recorded) THEN 'NO_DATA'
      WHEN rule = 'D' AND (NOT any_training OR den = 0) THEN 'NO_DATA'
      WHEN rule = 'B' AND (NOT any_training OR den = 0 OR NOT any_rating) THEN 'NO_DATA'
      WHEN num * 100 >= target * den THEN 'MET'
      WHEN passed = total THEN 'NOT_MET'
      WHEN num * 100 * total >= target * den * passed THEN 'ON_TRACK'
      ELSE 'AT_RISK' END AS share
  FROM measured)
SELECT org, ordinal,
  CASE
    WHEN rule = 'R' THEN 'REPORT_ONLY'
    WHEN rule IN ('C', 'O') AND kind = 4 AND NOT recorded THEN 'NO_DATA'
    WHEN rule IN ('C', 'O') THEN
      CASE WHEN v >= target THEN 'MET' WHEN passed = total THEN 'NOT_MET'
           WHEN v >= target * passed // total THEN 'ON_TRACK' ELSE 'AT_RISK' END
    -- An on-time share can still fall: before the end, met is on track, and every report on time
    -- is not met once one is late or overdue.
    WHEN rule = 'D' AND passed < total AND share <> 'NO_DATA' AND target >= 100 AND num < den THEN 'NOT_MET'
    WHEN rule = 'D' AND passed < total AND share = 'MET' THEN 'ON_TRACK'
    ELSE share END AS status,
  CASE
    WHEN rule = 'R' THEN CASE WHEN kind > 0 AND recorded THEN v::VARCHAR END
    WHEN rule IN ('C', 'O') THEN CASE WHEN kind <> 4 OR recorded THEN v::VARCHAR END
    WHEN share = 'NO_DATA' THEN NULL
    ELSE ((num * 10000 // den) // 100)::VARCHAR || '.'
         || lpad(((num * 10000 // den) % 100)::VARCHAR, 2, '0') END AS value
FROM judged ORDER BY org, ordinal
