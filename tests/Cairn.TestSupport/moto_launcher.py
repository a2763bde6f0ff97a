"""Runs moto's server on 127.0.0.1:PORT until the process PARENT_PID ends (so a test run that is
killed never leaves moto behind). Usage: python3 moto_launcher.py PORT PARENT_PID"""
import os
import sys
import threading
import time


def watch(parent):
    while True:
        try:
            os.kill(parent, 0)
        except OSError:
            os._exit(0)
        time.sleep(1)


def main():
    port, parent = sys.argv[1], int(sys.argv[2])
    threading.Thread(target=watch, args=(parent,), daemon=True).start()
    from moto.server import main as moto_main
    moto_main(["-H", "127.0.0.1", "-p", port])


if __name__ == "__main__":
    main()
