/* low_b.h */
int low_b(void);
