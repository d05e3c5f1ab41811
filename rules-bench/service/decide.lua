-- wrk: POST one situation to /v1/decisions on every request (keep-alive).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"scenario":"out-of-office","facts":{"action":"enable-auto-reply","workRelatedReason":true,"employeeContact":"unreachable","method":"server-side-admin","mailOpened":false}}'
