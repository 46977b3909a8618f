-- wrk script: one keep-alive client cycling through the Solr peer's query mix (queries.tsv:
-- "n<TAB>query" after a header line), each sent as /api/search?q=... (10 hits, snippets, facets).
local queries = {}
local file = os.getenv("PEER_QUERIES")
for line in io.lines(file) do
  local n, q = line:match("^(%d+)\t(.*)$")
  if n then
    queries[#queries + 1] = "/api/search?q=" .. q:gsub("[^%w%-_%.~]", function(c)
      return string.format("%%%02X", string.byte(c))
    end)
  end
end
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", queries[i])
end
