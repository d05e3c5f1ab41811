"""Opens N stalled connections (half stop inside the headers, half after the headers inside the body), then
times one health request from a healthy client. Usage: stall.py PORT N"""
import socket, subprocess, sys, time

port, n = int(sys.argv[1]), int(sys.argv[2])
head = b"POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
stalled = []
for i in range(n):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(head if i % 2 == 0 else head + b"Content-Length: 200\r\n\r\n{\"scenario\":")
    stalled.append(s)
time.sleep(1)
start = time.time()
r = subprocess.run(["curl", "-s", "-m", "10", "-o", "/dev/null", "-w", "%{http_code}",
                    "http://127.0.0.1:%d/v1/health" % port], capture_output=True, text=True)
print("| %d stalled connections | healthy GET /v1/health: %s in %.3f s |" % (n, r.stdout, time.time() - start))
for s in stalled:
    s.close()
