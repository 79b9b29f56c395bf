/* base.h */
int base(void);
