/**
 * The two Lua scripts that read and write a budget in Redis. Each runs atomically (Redis runs
 * one script at a time), so a reservation checks and spends the shared budget in one step, and
 * processes never interleave inside it.
 *
 * The rules are those of the SDK's in-memory pacer, per window of the tier:
 * - a window's `rem` is the least budget the server reported for it in its current window,
 *   `reset` the earliest reset estimate (every estimate is at or after the true reset); when it
 *   passes, the window refills and the next reset is one window length (`w`) later;
 * - calls in flight (granted, not yet answered) count against every window; each is a member
 *   of a sorted set scored by its lease expiry, so a crashed worker's calls stop counting when
 *   their lease ends, and the keys themselves expire when nobody uses the budget;
 * - with nothing in flight, a call dearer than the window's whole limit goes if any budget is
 *   left (it could never fit: the server decides), and so does any call on a spent window with
 *   no known reset: no deadlock; a call that fits a fresh window waits for the reset;
 * - until the first answer, one call (the probe) goes per `probeWaitMs`;
 * - an answer to a call sent after the answer that set `rem`, reporting as much budget or more
 *   than `rem` allows, proves the server's window turned over: it is adopted at once;
 * - an answer reports one window (the tightest); every other window with a known limit spends
 *   the call's cost too, but never drops below the reported one (the server says it is tighter).
 *
 * State (hash `KEYS[1]`): `learned`, `probe`, `obs` (answers observed), `names` (window names,
 * comma-separated) and per window `<name>|limit`, `<name>|p` (length in ms), `<name>|rem`,
 * `<name>|reset` (ms since the epoch), `<name>|from` (the `obs` that set `rem`). In flight (sorted set `KEYS[2]`): members
 * `<reservation>|<cost>` scored by lease expiry.
 */

/** Shared helpers of both scripts. */
const PRELUDE = `
local state, inflight = KEYS[1], KEYS[2]
local function num(field) return tonumber(redis.call('HGET', state, field)) end
local function windowNames()
  local names = {}
  for name in string.gmatch(redis.call('HGET', state, 'names') or '', '[^,]+') do names[#names + 1] = name end
  return names
end
local function addName(name)
  for _, known in ipairs(windowNames()) do if known == name then return end end
  local list = redis.call('HGET', state, 'names')
  redis.call('HSET', state, 'names', (list and list ~= '') and (list .. ',' .. name) or name)
end
local function keep(now, lease)
  local far = now
  for _, name in ipairs(windowNames()) do
    local reset = num(name .. '|reset')
    if reset and reset > far then far = reset end
  end
  redis.call('PEXPIRE', state, math.max(3600000, math.ceil(far - now) + 60000))
  if lease then redis.call('PEXPIRE', inflight, math.ceil(lease) + 1000) end
end
`;

/**
 * Reserve. ARGV: now, leaseMs, probeWaitMs, reservation id, cost of each queued call in order.
 * Grants the longest prefix of the queue the budget allows. Returns `{ granted, waitMs, obs }`:
 * `waitMs` is how long until the next call could go (`-1`: until an answer arrives), `obs` the
 * answers observed so far (a granted call remembers it, to order calls and answers).
 */
export const RESERVE_SCRIPT = `${PRELUDE}
local now, lease, probeWait, rid = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
redis.call('ZREMRANGEBYSCORE', inflight, '-inf', now)
local held = 0
for _, member in ipairs(redis.call('ZRANGE', inflight, 0, -1)) do
  held = held + (tonumber(string.match(member, '|([%d.]+)$')) or 1)
end
local obs = num('obs') or 0
local queued = #ARGV - 4
local granted = 0
local function grant(cost)
  granted = granted + 1
  redis.call('ZADD', inflight, now + lease, rid .. ':' .. granted .. '|' .. cost)
  held = held + cost
end
local wait = -1
if redis.call('HGET', state, 'learned') ~= '1' then
  local probe = num('probe')
  if probe == nil or now >= probe then
    grant(tonumber(ARGV[5]))
    probe = now + probeWait
    redis.call('HSET', state, 'probe', probe)
  end
  if granted < queued then wait = math.max(1, math.ceil(probe - now)) end
else
  local windows = {}
  for _, name in ipairs(windowNames()) do
    local w = { name = name, limit = num(name .. '|limit'), rem = num(name .. '|rem'), reset = num(name .. '|reset') }
    if w.reset and now >= w.reset then
      w.rem = w.limit
      -- Fixed windows follow each other: the next reset is one window length later, and stays
      -- an upper bound, so the estimate does not drift later by a round trip every window.
      local period = num(name .. '|p')
      if period and period > 0 then
        w.reset = w.reset + period * (math.floor((now - w.reset) / period) + 1)
        redis.call('HSET', state, name .. '|reset', w.reset)
      else
        w.reset = nil
        redis.call('HDEL', state, name .. '|reset')
      end
      if w.rem then redis.call('HSET', state, name .. '|rem', w.rem) else redis.call('HDEL', state, name .. '|rem') end
    end
    windows[#windows + 1] = w
  end
  local function blocks(w, cost)
    if w.rem == nil then return false end
    if w.rem - held >= cost then return false end
    -- A call dearer than the whole window can never fit: with nothing in flight, the server decides.
    if held == 0 and w.rem > 0 and (w.limit == nil or cost > w.limit) then return false end
    return not (w.reset == nil and held == 0)
  end
  for i = 1, queued do
    local cost = tonumber(ARGV[4 + i])
    local blocked = false
    for _, w in ipairs(windows) do if blocks(w, cost) then blocked = true end end
    if blocked then
      wait = 0
      for _, w in ipairs(windows) do
        if blocks(w, cost) then
          if w.reset == nil then wait = -1 break end
          wait = math.max(wait, math.ceil(w.reset - now))
        end
      end
      break
    end
    grant(cost)
  end
end
keep(now, lease)
return { granted, wait, obs }
`;

/**
 * Settle one answer. ARGV: now, member (or ''), cost, obs at grant, status, window name (or ''),
 * remaining (or ''), reset ms (or ''), windows `name=limit=lengthMs;…`. Frees the call's share of the
 * in-flight budget and learns what the answer reports.
 */
export const SETTLE_SCRIPT = `${PRELUDE}
local now, member, cost, before, status = tonumber(ARGV[1]), ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
if member ~= '' then redis.call('ZREM', inflight, member) end
redis.call('HSET', state, 'learned', '1')
for name, limit, period in string.gmatch(ARGV[9], '([^=;]+)=([%d.]+)=([%d.]+)') do
  addName(name)
  redis.call('HSET', state, name .. '|limit', limit, name .. '|p', period)
end
if ARGV[7] == '' then keep(now) return 0 end
local obs = redis.call('HINCRBY', state, 'obs', 1)
local name = ARGV[6] ~= '' and ARGV[6] or '_'
addName(name)
local reported, reportedReset = tonumber(ARGV[7]), tonumber(ARGV[8])
local limited = status == 429
local rem, reset, from = num(name .. '|rem'), num(name .. '|reset'), num(name .. '|from') or 0
local turned = (not limited) and rem ~= nil and before >= from and reported + cost > rem
local function setRem(window, value)
  redis.call('HSET', state, window .. '|rem', value, window .. '|from', obs)
end
if reset ~= nil and now < reset and not turned then
  if rem == nil or reported < rem then setRem(name, reported) end
  if reportedReset ~= nil then
    redis.call('HSET', state, name .. '|reset', limited and reportedReset or math.min(reset, reportedReset))
  end
else
  setRem(name, reported)
  if reportedReset ~= nil then redis.call('HSET', state, name .. '|reset', reportedReset) else redis.call('HDEL', state, name .. '|reset') end
end
if not limited then
  -- The other windows are not reported, but this call spent its cost in each of them too; and
  -- the server names its tightest window, so none has less left than this one.
  for _, other in ipairs(windowNames()) do
    if other ~= name then
      local otherRem = num(other .. '|rem') or num(other .. '|limit')
      if otherRem ~= nil then
        local estimate = math.max(0, otherRem - cost)
        if estimate < reported and before >= (num(other .. '|from') or 0) then estimate = reported end
        redis.call('HSET', state, other .. '|rem', estimate)
      end
    end
  end
end
keep(now)
return obs
`;
