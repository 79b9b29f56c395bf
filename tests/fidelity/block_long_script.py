# blocks longer than a chunk stay whole
total = 0
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 0

    total += 1
if total > 0:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 1

    total += 1
if total > 10:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 2

    total += 1
if total > 20:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 3

    total += 1
if total > 30:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 4

    total += 1
if total > 40:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 5

    total += 1
if total > 50:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 6

    total += 1
if total > 60:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 7

    total += 1
if total > 70:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 8

    total += 1
if total > 80:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 9

    total += 1
if total > 90:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 10

    total += 1
if total > 100:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 11

    total += 1
if total > 110:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 12

    total += 1
if total > 120:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 13

    total += 1
if total > 130:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 14

    total += 1
if total > 140:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 15

    total += 1
if total > 150:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 16

    total += 1
if total > 160:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 17

    total += 1
if total > 170:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 18

    total += 1
if total > 180:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 19

    total += 1
if total > 190:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 20

    total += 1
if total > 200:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 21

    total += 1
if total > 210:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 22

    total += 1
if total > 220:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 23

    total += 1
if total > 230:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 24

    total += 1
if total > 240:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 25

    total += 1
if total > 250:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 26

    total += 1
if total > 260:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 27

    total += 1
if total > 270:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 28

    total += 1
if total > 280:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 29

    total += 1
if total > 290:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 30

    total += 1
if total > 300:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 31

    total += 1
if total > 310:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 32

    total += 1
if total > 320:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 33

    total += 1
if total > 330:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 34

    total += 1
if total > 340:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 35

    total += 1
if total > 350:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 36

    total += 1
if total > 360:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 37

    total += 1
if total > 370:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 38

    total += 1
if total > 380:
    total -= 1
else:
    total += 2
for i in range(3):
    # a comment inside the block, long enough to push it past one chunk boundary
    total += i * 39

    total += 1
if total > 390:
    total -= 1
else:
    total += 2
print(total)
