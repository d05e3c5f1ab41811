-- wrk: POST the batch file named by the BATCH environment variable to /v1/decisions:batch.
local f = assert(io.open(os.getenv("BATCH"), "rb"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = f:read("*a")
f:close()
