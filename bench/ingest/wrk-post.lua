-- wrk script for bench/ingest: POSTs a valid response with a fresh
-- submission id each time, as text/plain (no preflight), like the widget.
-- SITE_KEY and SURVEY_ID come from the environment; ID_KIND=v7 sends
-- time-ordered UUIDv7 ids (what koe's widget makes), v4 fully random ones.
local site_key = os.getenv("SITE_KEY")
local survey_id = os.getenv("SURVEY_ID")
local id_kind = os.getenv("ID_KIND") or "v7"
-- Concurrent wrk processes started in the same second need different ids.
local salt = tonumber(os.getenv("WRK_SALT") or "0")
local count = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("seed", thread_id)
end

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0) * 7919 + salt * 104729)
end

local function hex16()
  return string.format("%04x", math.random(0, 65535))
end

local function uuid4()
  return hex16() .. hex16() .. "-" .. hex16() .. "-4" .. string.sub(hex16(), 2) .. "-" ..
    string.format("%04x", 32768 + math.random(0, 16383)) .. "-" .. hex16() .. hex16() .. hex16()
end

-- UUIDv7: 48-bit millisecond time first, so ids arrive in index order.
-- Plain Lua has only second clocks; a per-thread counter fills the milliseconds.
local function uuid7()
  count = count + 1
  local ms = os.time() * 1000 + (count % 1000)
  local high = math.floor(ms / 65536)
  local low = ms % 65536
  return string.format("%08x-%04x", high, low) .. "-7" .. string.sub(hex16(), 2) .. "-" ..
    string.format("%04x", 32768 + math.random(0, 16383)) .. "-" .. hex16() .. hex16() .. hex16()
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"

function request()
  local id = id_kind == "v4" and uuid4() or uuid7()
  local body = '{"id":"' .. id .. '","siteKey":"' .. site_key .. '","surveyId":"' .. survey_id ..
    '","score":' .. math.random(0, 10) .. ',"touchpoint":"checkout","locale":"en"}'
  return wrk.format(nil, "/v1/responses", nil, body)
end
