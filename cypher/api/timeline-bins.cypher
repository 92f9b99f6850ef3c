// The timeline's bins over the whole graph. Event time: the date values of entities and
// relationships (each article's eventDates); report time: the articles' publication dates (an
// undated article has none and stays off this axis).
// Counted per day, month or year ($width: 10, 7 or 4 characters of ISO text); a value less
// precise than the unit keeps its own precision (a month stays a month). The server keeps the
// answer (graph/server/api/derivedCache.ts) and cuts it to the range a request asks for.
CALL () {
  MATCH (a:Article)
  UNWIND coalesce(a.eventDates, []) AS d
  RETURN 'event' AS lane, left(d, $width) AS bin
  UNION ALL
  MATCH (a:Article)
  WHERE a.published IS NOT NULL
  RETURN 'report' AS lane, left(toString(a.published), $width) AS bin
}
RETURN lane, bin, count(*) AS count
ORDER BY lane, bin
