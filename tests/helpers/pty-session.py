"""Runs a command in a pseudo-terminal and types into it, as a person at a keyboard would.

usage: python3 pty-session.py STEPS_JSON -- COMMAND [ARGS...]
STEPS_JSON is a list of {"wait": TEXT} (read until TEXT appears after the previous wait's match)
and {"send": TEXT} (type TEXT; "\\u0003" is Ctrl-C, "\\u0004" Ctrl-D, "\\r" Enter).
Prints one JSON object: {"output": everything the terminal showed, "code": exit status or null,
"failed": the step that timed out or null}. Python's pty module is in every python3, so the
tests need no native Node addon.
"""
import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import time

STEP_TIMEOUT = float(os.environ.get('PTY_STEP_TIMEOUT', '60'))

steps = json.loads(sys.argv[1])
command = sys.argv[sys.argv.index('--') + 1:]

pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)

fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 50, 160, 0, 0))
output = b''
eof = False


def read_some(deadline):
    """Reads what the terminal shows until the deadline; False at end of output or timeout."""
    global output, eof
    if eof:
        return False
    ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.time()))
    if not ready:
        return False
    try:
        data = os.read(fd, 65536)
    except OSError:  # EIO: the child closed the terminal
        data = b''
    if not data:
        eof = True
        return False
    output += data
    return True


mark = 0
failed = None
for step in steps:
    if 'send' in step:
        os.write(fd, step['send'].encode())
        continue
    want = step['wait'].encode()
    deadline = time.time() + STEP_TIMEOUT
    while output.find(want, mark) < 0:
        if not read_some(deadline) and (eof or time.time() >= deadline):
            break
    at = output.find(want, mark)
    if at < 0:
        failed = step
        break
    mark = at + len(want)

# Let the program finish (or stop it if a step failed), then collect the rest of its output.
deadline = time.time() + (1 if failed else STEP_TIMEOUT)
while not eof and time.time() < deadline:
    read_some(deadline)
code = None
# The terminal closes a moment before the process is gone: give it a few seconds to exit.
deadline = time.time() + (0 if failed else 10)
done, status = os.waitpid(pid, os.WNOHANG)
while not done and time.time() < deadline:
    time.sleep(0.05)
    done, status = os.waitpid(pid, os.WNOHANG)
if not done:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
else:
    code = os.waitstatus_to_exitcode(status)
json.dump({'output': output.decode('utf-8', 'replace'), 'code': code, 'failed': failed}, sys.stdout)
