// The timeline's bins. Event time: the date values of entities and relationships (each article's
// eventDates); report time: the articles' publication dates. Counted per day, month or year
// ($width: 10, 7 or 4 characters of ISO text); a value less precise than the unit keeps its own
// precision (a month stays a month). $from and $to (ISO days, or null) bound the bins.
CALL () {
  MATCH (a:Article)
  UNWIND coalesce(a.eventDates, []) AS d
  RETURN 'event' AS lane, left(d, $width) AS bin
  UNION ALL
  MATCH (a:Article)
  WHERE a.published IS NOT NULL
  RETURN 'report' AS lane, left(toString(a.published), $width) AS bin
}
WITH lane, bin
WHERE ($from IS NULL OR bin >= left($from, size(bin))) AND ($to IS NULL OR bin <= left($to, size(bin)))
RETURN lane, bin, count(*) AS count
ORDER BY lane, bin
