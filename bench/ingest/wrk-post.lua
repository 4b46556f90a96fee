-- wrk script for bench/ingest: POSTs a valid response with a fresh random
-- UUID v4 each time, the way the widget does (text/plain, no preflight).
-- SITE_KEY and SURVEY_ID come from the environment.
local site_key = os.getenv("SITE_KEY")
local survey_id = os.getenv("SURVEY_ID")
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("seed", thread_id)
end

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0) * 7919)
end

local function hex16()
  return string.format("%04x", math.random(0, 65535))
end

local function uuid4()
  return hex16() .. hex16() .. "-" .. hex16() .. "-4" .. string.sub(hex16(), 2) .. "-" ..
    string.format("%04x", 32768 + math.random(0, 16383)) .. "-" .. hex16() .. hex16() .. hex16()
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"

function request()
  local body = '{"id":"' .. uuid4() .. '","siteKey":"' .. site_key .. '","surveyId":"' .. survey_id ..
    '","score":' .. math.random(0, 10) .. ',"touchpoint":"checkout","locale":"en"}'
  return wrk.format(nil, "/v1/responses", nil, body)
end
